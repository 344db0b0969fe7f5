# case: trims the per-frame vehicle slot array to the number of vehicles reported by the detector (x[:n] with n a tensor) -> dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameVehicleSummary(nn.Cell):
    def __init__(self, feat_dim=5, hidden=8):
        super().__init__()
        self.embed = nn.Dense(feat_dim, hidden)

    def construct(self, slots, num_vehicles):
        present = slots[:num_vehicles]
        h = ops.tanh(self.embed(present))
        return h.mean(axis=0)


def make():
    np.random.seed(2)
    slots = Tensor(np.random.randn(20, 5).astype(np.float32))
    num_vehicles = Tensor(7, ms.int32)
    return FrameVehicleSummary(), (slots, num_vehicles)
