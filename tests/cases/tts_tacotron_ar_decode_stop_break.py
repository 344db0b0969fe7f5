# case: Tacotron-style autoregressive decoder loop that breaks when stop-token prob exceeds threshold and concatenates frames -> dynamic shape / compile error at line 41
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Prenet(nn.Cell):
    def __init__(self, n_mels=8, hidden=16):
        super().__init__()
        self.fc1 = nn.Dense(n_mels, hidden, activation="relu")
        self.fc2 = nn.Dense(hidden, hidden, activation="relu")

    def construct(self, x):
        return self.fc2(self.fc1(x))


class TacotronDecoder(nn.Cell):
    def __init__(self, n_mels=8, hidden=16, max_decoder_steps=12, stop_threshold=0.5):
        super().__init__()
        self.n_mels = n_mels
        self.prenet = Prenet(n_mels, hidden)
        self.rnn = nn.GRUCell(hidden * 2, hidden)
        self.mel_proj = nn.Dense(hidden * 2, n_mels)
        self.stop_proj = nn.Dense(hidden * 2, 1)
        self.max_decoder_steps = max_decoder_steps
        self.stop_threshold = stop_threshold

    def construct(self, memory):
        # memory: (B, H) pooled encoder context
        b = memory.shape[0]
        frame = ops.zeros((b, self.n_mels), ms.float32)
        h = ops.zeros((b, memory.shape[1]), ms.float32)
        outputs = frame.expand_dims(1)
        for _ in range(self.max_decoder_steps):
            p = self.prenet(frame)
            h = self.rnn(ops.concat((p, memory), -1), h)
            hc = ops.concat((h, memory), -1)
            frame = self.mel_proj(hc)
            stop = ops.sigmoid(self.stop_proj(hc))
            outputs = ops.concat((outputs, frame.expand_dims(1)), 1)
            if stop.max() > self.stop_threshold:
                break
        return outputs[:, 1:]


def make():
    np.random.seed(2)
    mem = Tensor(np.random.randn(1, 16).astype(np.float32))
    return TacotronDecoder(), (mem,)
