# case: tremulant depth estimator averages the pressure recording over the time axis chosen by a config string in __init__ and measures peak-to-peak flutter -> axis from config, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TremulantDepth(nn.Cell):
    def __init__(self, layout="chest_first", smooth=5):
        super().__init__()
        self.time_axis = 1 if layout == "chest_first" else 0
        kernel = np.ones((1, 1, smooth), dtype=np.float32) / smooth
        self.smooth = nn.Conv1d(1, 1, smooth, pad_mode="same", has_bias=False,
                                weight_init=Tensor(kernel))

    def construct(self, pressure):
        mean_p = pressure.mean(axis=self.time_axis, keep_dims=True)
        flutter = pressure - mean_p
        peak = flutter.max(axis=self.time_axis)
        trough = flutter.min(axis=self.time_axis)
        depth = (peak - trough).reshape(1, 1, -1)
        return self.smooth(depth).reshape(-1)


def make():
    np.random.seed(349)
    t = np.arange(200) / 100.0
    p = 80.0 + 2.0 * np.sin(2 * np.pi * 6.0 * t)[None, :] * np.random.rand(6, 1)
    return TremulantDepth(), (Tensor(p.astype(np.float32)),)
