# case: streaming vocoder appends the held-back overlap tail only when a tensor is_final flag is set -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamingHiFiChunk(nn.Cell):
    def __init__(self, n_mels=4, hop=4, hold_back=4):
        super().__init__()
        self.pre = nn.Conv1d(n_mels, 8, 3, pad_mode="same")
        self.up = nn.Conv1dTranspose(8, 1, 2 * hop, stride=hop, pad_mode="same")
        self.act = nn.LeakyReLU(0.1)
        self.hold_back = hold_back

    def synth(self, mel):
        return ops.tanh(self.up(self.act(self.pre(mel))))[:, 0, :]

    def construct(self, mel, prev_tail, is_final):
        wav = self.synth(mel)
        hb = self.hold_back
        # cross-fade with what the previous chunk held back
        ramp = ops.linspace(0.0, 1.0, hb).astype(wav.dtype)
        head = prev_tail * (1.0 - ramp) + wav[:, :hb] * ramp
        body = wav[:, hb:-hb]
        tail = wav[:, -hb:]
        out = ops.concat((head, body), axis=1)
        if is_final:
            out = ops.concat((out, tail), axis=1)
        return out, tail


def make():
    np.random.seed(33)
    mel = np.random.randn(1, 4, 6).astype(np.float32)
    prev_tail = np.zeros((1, 4), np.float32)
    return StreamingHiFiChunk(), (Tensor(mel), Tensor(prev_tail), Tensor(True))
