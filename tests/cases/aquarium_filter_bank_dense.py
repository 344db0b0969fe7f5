# case: route incoming flow to filter media beds through a dense routing matrix assembled from a fixed mask -> dense matmul with constant mask, expect static compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def routing_mask(num_beds, num_inlets):
    mask = np.zeros((num_beds, num_inlets), np.float32)
    for bed in range(num_beds):
        mask[bed, bed % num_inlets] = 1.0
        mask[bed, (bed + 1) % num_inlets] = 1.0
    return mask


class FilterBedLoad(nn.Cell):
    def __init__(self, num_beds=6, num_inlets=4, capacity_lph=900.0):
        super().__init__()
        self.mask = Tensor(routing_mask(num_beds, num_inlets))
        self.capacity = capacity_lph

    def construct(self, split_fractions, inlet_flow_lph):
        routing = split_fractions * self.mask
        bed_flow = ops.matmul(routing, inlet_flow_lph.reshape(-1, 1)).reshape(-1)
        utilisation = bed_flow / self.capacity
        overloaded = ops.where(utilisation > 1.0, utilisation - 1.0, ops.zeros_like(utilisation))
        return bed_flow, overloaded


def make():
    np.random.seed(82)
    fractions = Tensor(np.random.uniform(0.3, 0.7, size=(6, 4)).astype(np.float32))
    inflow = Tensor(np.random.uniform(400.0, 1200.0, size=(4,)).astype(np.float32))
    return FilterBedLoad(), (fractions, inflow)
