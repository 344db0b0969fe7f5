# case: route incoming flow to filter media beds through a sparse CSR routing matrix to estimate each bed's load -> CSRTensor matrix-vector product in construct, expect Graph mode trouble with sparse tensors on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def routing_layout(num_beds, num_inlets):
    indptr, indices = [0], []
    for bed in range(num_beds):
        cols = [bed % num_inlets, (bed + 1) % num_inlets]
        indices.extend(cols)
        indptr.append(len(indices))
    return np.array(indptr, np.int32), np.array(indices, np.int32)


class FilterBedLoad(nn.Cell):
    def __init__(self, num_beds=6, num_inlets=4, capacity_lph=900.0):
        super().__init__()
        indptr, indices = routing_layout(num_beds, num_inlets)
        self.indptr = Tensor(indptr)
        self.indices = Tensor(indices)
        self.shape = (num_beds, num_inlets)
        self.capacity = capacity_lph

    def construct(self, split_fractions, inlet_flow_lph):
        routing = ms.CSRTensor(self.indptr, self.indices, split_fractions, self.shape)
        bed_flow = routing.mv(inlet_flow_lph.reshape(-1, 1)).reshape(-1)
        utilisation = bed_flow / self.capacity
        return bed_flow, ops.clip_by_value(utilisation, 0.0, 2.0)


def make():
    np.random.seed(81)
    fractions = Tensor(np.random.uniform(0.3, 0.7, size=(12,)).astype(np.float32))
    inflow = Tensor(np.random.uniform(400.0, 1200.0, size=(4,)).astype(np.float32))
    return FilterBedLoad(), (fractions, inflow)
