# case: average an InSAR interferogram stack along the axis given by a metadata tensor (0 = time, 1 = rows) converted with int() -> reduce axis from tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StackAverager(nn.Cell):
    def __init__(self, mm_per_rad=4.42):
        super().__init__()
        self.mm_per_rad = mm_per_rad

    def construct(self, ifg_stack, stack_axis):
        # ifg_stack: (n_ifg, rows, cols) unwrapped phase; stack_axis: int tensor from product metadata
        axis = int(stack_axis)
        mean_phase = ops.mean(ifg_stack, axis=axis)
        return mean_phase * self.mm_per_rad


def make():
    np.random.seed(161)
    stack = Tensor(np.random.randn(5, 16, 16).astype(np.float32))
    return StackAverager(), (stack, Tensor(np.array(0, np.int32)))
