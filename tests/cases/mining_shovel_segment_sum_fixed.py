# case: payload tonnes per loading shovel with unsorted_segment_sum over a fixed number of shovels -> segment count is a python constant, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShovelProduction(nn.Cell):
    def __init__(self, n_shovels=6, target_tph=2500.0, shift_h=12.0):
        super().__init__()
        self.n_shovels = n_shovels
        self.target_t = target_tph * shift_h

    def construct(self, assigned_shovel, payload_t):
        loads = ops.unsorted_segment_sum(payload_t, assigned_shovel, self.n_shovels)
        ones = ops.ones_like(payload_t)
        trips = ops.unsorted_segment_sum(ones, assigned_shovel, self.n_shovels)
        utilisation = loads / self.target_t
        return loads, trips, utilisation


def make():
    np.random.seed(52)
    assigned = np.random.randint(0, 6, size=(40,)).astype(np.int32)
    payload = np.random.normal(220.0, 12.0, size=(40,)).astype(np.float32)
    return ShovelProduction(), (Tensor(assigned), Tensor(payload))
