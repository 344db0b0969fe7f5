# case: highlight scorer accepts either a single telemetry tensor or a (telemetry, audio) tuple and branches with isinstance -> type guard resolved at compile time, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiModalHighlight(nn.Cell):
    def __init__(self, tel_dim=8, audio_dim=4):
        super().__init__()
        self.tel_fc = nn.Dense(tel_dim, 1)
        self.audio_fc = nn.Dense(audio_dim, 1)

    def construct(self, inputs):
        if isinstance(inputs, tuple):
            telemetry, audio = inputs
            score = self.tel_fc(telemetry) + self.audio_fc(audio)
        else:
            score = self.tel_fc(inputs)
        return ops.sigmoid(score).squeeze(-1)


def make():
    np.random.seed(38)
    tel = Tensor(np.random.randn(16, 8).astype(np.float32))
    audio = Tensor(np.random.randn(16, 4).astype(np.float32))
    return MultiModalHighlight(8, 4), ((tel, audio),)
