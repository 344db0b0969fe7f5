# case: Tacotron-style decoder unrolls a fixed number of steps from config (range over a Python int), collecting frames in a list then stacking -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TacotronConfig:
    def __init__(self, n_mels=16, hidden_size=16, max_decoder_steps=6, use_stop_token=True):
        self.n_mels = n_mels
        self.hidden_size = hidden_size
        self.max_decoder_steps = max_decoder_steps
        self.use_stop_token = use_stop_token


class ARDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.prenet = nn.Dense(config.n_mels, config.hidden_size)
        self.cell = nn.GRUCell(config.hidden_size * 2, config.hidden_size)
        self.frame_proj = nn.Dense(config.hidden_size, config.n_mels)
        self.stop_proj = nn.Dense(config.hidden_size, 1)
        self.n_mels = config.n_mels
        self.max_steps = config.max_decoder_steps
        self.use_stop_token = config.use_stop_token

    def construct(self, context):
        b = context.shape[0]
        frame = ops.zeros((b, self.n_mels), ms.float32)
        h = ops.zeros((b, context.shape[1]), ms.float32)
        frames, stops = [], []
        for _ in range(self.max_steps):
            h = self.cell(ops.concat([ops.relu(self.prenet(frame)), context], axis=-1), h)
            frame = self.frame_proj(h)
            frames.append(frame)
            if self.use_stop_token:
                stops.append(ops.sigmoid(self.stop_proj(h)))
        mel = ops.stack(frames, axis=2)
        if self.use_stop_token:
            return mel, ops.concat(stops, axis=1)
        return (mel,)


def make():
    np.random.seed(44)
    cfg = TacotronConfig()
    context = Tensor(np.random.randn(2, cfg.hidden_size).astype(np.float32))
    return ARDecoder(cfg), (context,)
