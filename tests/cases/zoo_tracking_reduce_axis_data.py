# case: summarise enclosure tracking data either per animal or per hour, with the reduction axis read from a mode tensor via int() -> reduce axis from data, Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackingSummary(nn.Cell):
    def __init__(self):
        super().__init__()
        self.norm = nn.LayerNorm((24,))

    def construct(self, distance_m, mode):
        # distance_m: (animals, hours)
        d = self.norm(distance_m)
        axis = int(mode)
        return ops.ReduceSum(keep_dims=False)(d, axis)


def make():
    np.random.seed(171)
    dist = np.random.gamma(2.0, 40.0, size=(6, 24)).astype(np.float32)
    return TrackingSummary(), (Tensor(dist), Tensor(1, ms.int32))
