# case: lift-queue camera model adds an optional weather channel only when the use_weather config flag is set, which changes the feature width -> branch on a Python flag, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueueCounter(nn.Cell):
    def __init__(self, use_weather=True, n_weather=3, hidden=16):
        super().__init__()
        self.use_weather = use_weather
        self.conv = nn.Conv2d(3, 8, 3, stride=2, pad_mode="same")
        self.pool = nn.AdaptiveAvgPool2d(1)
        width = 8 + (n_weather if use_weather else 0)
        self.mlp = nn.SequentialCell([nn.Dense(width, hidden), nn.ReLU(), nn.Dense(hidden, 1)])

    def construct(self, frames, weather):
        h = self.pool(ops.relu(self.conv(frames))).reshape(frames.shape[0], -1)
        if self.use_weather:
            h = ops.concat((h, weather), axis=1)
        return ops.softplus(self.mlp(h)).squeeze(-1)


def make():
    np.random.seed(211)
    frames = Tensor(np.random.rand(2, 3, 32, 32).astype(np.float32))
    weather = Tensor(np.random.randn(2, 3).astype(np.float32))
    return QueueCounter(), (frames, weather)
