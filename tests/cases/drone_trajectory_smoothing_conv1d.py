# case: smooths a planned trajectory with a fixed moving-average Conv1d over the time axis, with replicate padding done by concat -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MovingAverageSmoother(nn.Cell):
    def __init__(self, window=5, axes=3):
        super().__init__()
        self.half = window // 2
        self.conv = nn.Conv1d(axes, axes, window, pad_mode="valid", group=axes, has_bias=False,
                              weight_init=ms.common.initializer.Constant(1.0 / window))
        self.conv.weight.requires_grad = False

    def pad_edges(self, x):
        first = ops.tile(x[:, :, :1], (1, 1, self.half))
        last = ops.tile(x[:, :, -1:], (1, 1, self.half))
        return ops.concat((first, x, last), axis=2)

    def construct(self, traj):
        # traj: (T, 3) -> (1, 3, T)
        x = traj.transpose(1, 0).expand_dims(0)
        y = self.conv(self.pad_edges(x))
        return y.squeeze(0).transpose(1, 0)


def make():
    np.random.seed(13)
    t = np.linspace(0, 1, 20, dtype=np.float32)
    traj = np.stack([t * 10, np.sin(t * 6), 2 + 0.1 * np.random.randn(20)], axis=1).astype(np.float32)
    return MovingAverageSmoother(), (Tensor(traj),)
