# case: fusion branches on a tensor flag but both branches yield the same shape (zeros substituted for missing audio) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafeTokenFusion(nn.Cell):
    def __init__(self, vis_dim=20, aud_dim=12, hidden=16, num_classes=4):
        super().__init__()
        self.vis_tok = nn.Dense(vis_dim, hidden)
        self.aud_tok = nn.Dense(aud_dim, hidden)
        self.mix = nn.Dense(hidden, hidden, activation="relu")
        self.out = nn.Dense(hidden, num_classes)

    def audio_tokens(self, audio, has_audio):
        a = self.aud_tok(audio)
        if has_audio:
            a = a * 1.0
        else:
            a = ops.zeros_like(a)
        return a

    def construct(self, frames, audio, has_audio):
        v = self.vis_tok(frames)
        a = self.audio_tokens(audio, has_audio)
        tokens = ops.concat((v, a), axis=1)
        return self.out(self.mix(tokens).mean(axis=1))


def make():
    np.random.seed(18)
    net = SafeTokenFusion()
    frames = Tensor(np.random.randn(2, 4, 20).astype(np.float32))
    audio = Tensor(np.random.randn(2, 3, 12).astype(np.float32))
    return net, (frames, audio, Tensor(False, ms.bool_))
