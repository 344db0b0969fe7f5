# case: autoregressive Tacotron-style decoder appends one frame per step to a Python list for a number of steps read from the target length tensor -> error or dynamic (loop count from data, list grown)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TacotronConfig:
    def __init__(self, n_mels=16, hidden_size=16, reduction_factor=1):
        self.n_mels = n_mels
        self.hidden_size = hidden_size
        self.reduction_factor = reduction_factor


class Prenet(nn.Cell):
    def __init__(self, n_mels, hidden):
        super().__init__()
        self.fc = nn.Dense(n_mels, hidden)

    def construct(self, x):
        return ops.relu(self.fc(x))


class ARDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.prenet = Prenet(config.n_mels, config.hidden_size)
        self.cell = nn.GRUCell(config.hidden_size * 2, config.hidden_size)
        self.frame_proj = nn.Dense(config.hidden_size, config.n_mels)
        self.n_mels = config.n_mels

    def construct(self, context, n_steps):
        b = context.shape[0]
        frame = ops.zeros((b, self.n_mels), ms.float32)
        h = ops.zeros((b, context.shape[1]), ms.float32)
        frames = []
        for _ in range(int(n_steps)):
            h = self.cell(ops.concat([self.prenet(frame), context], axis=-1), h)
            frame = self.frame_proj(h)
            frames.append(frame)
        return ops.stack(frames, axis=2)


def make():
    np.random.seed(43)
    cfg = TacotronConfig()
    context = Tensor(np.random.randn(2, cfg.hidden_size).astype(np.float32))
    return ARDecoder(cfg), (context, Tensor(6, ms.int32))
