# case: discretises follow-up into int(max_time / bin_width) + 1 bins read from the tensor and allocates the hazard target with that length -> tensor value used as a shape, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiscreteTargetBuilder(nn.Cell):
    def __init__(self, bin_width=5.0):
        super().__init__()
        self.bin_width = bin_width

    def construct(self, times, events):
        num_bins = int(times.max() / self.bin_width) + 1
        bin_idx = ops.floor(times / self.bin_width).astype(ms.int32)
        grid = ops.arange(num_bins, dtype=ms.int32)
        target = (grid.expand_dims(0) == bin_idx.expand_dims(1)).astype(ms.float32)
        return target * events.expand_dims(1)


def make():
    np.random.seed(30)
    times = Tensor(np.array([3.0, 12.5, 7.1, 22.0, 16.4], dtype=np.float32))
    events = Tensor(np.array([1, 0, 1, 1, 0], dtype=np.float32))
    return DiscreteTargetBuilder(), (times, events)
