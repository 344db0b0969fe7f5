# case: diarisation head built from sub-Cells (conv front end, dense classifier) that returns per-frame speaker posteriors and argmax labels -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvFrontEnd(nn.Cell):
    def __init__(self, n_mels=16, channels=24):
        super().__init__()
        self.conv = nn.Conv1d(n_mels, channels, kernel_size=5, pad_mode="same")
        self.act = nn.ReLU()

    def construct(self, mel):
        return self.act(self.conv(mel))


class DiarizationHead(nn.Cell):
    def __init__(self, n_mels=16, channels=24, n_speakers=3):
        super().__init__()
        self.front = ConvFrontEnd(n_mels, channels)
        self.cls = nn.Dense(channels, n_speakers)

    def construct(self, mel):
        h = self.front(mel).transpose(0, 2, 1)
        post = ops.softmax(self.cls(h), axis=-1)
        return post, ops.argmax(post, dim=-1)


def make():
    np.random.seed(113)
    mel = Tensor(np.random.randn(2, 16, 40).astype(np.float32))
    return DiarizationHead(), (mel,)
