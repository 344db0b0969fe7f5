# case: fusion branches on a per-batch tensor flag: with audio concatenates audio tokens, otherwise visual tokens only -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenFusionEncoder(nn.Cell):
    def __init__(self, vis_dim=20, aud_dim=12, hidden=16, heads=2):
        super().__init__()
        self.vis_tok = nn.Dense(vis_dim, hidden)
        self.aud_tok = nn.Dense(aud_dim, hidden)
        self.attn = nn.MultiheadAttention(hidden, heads, batch_first=True)
        self.out = nn.Dense(hidden, 4)

    def tokens(self, frames, audio, has_audio):
        v = self.vis_tok(frames)
        if has_audio:
            tokens = ops.concat((v, self.aud_tok(audio)), axis=1)
        else:
            tokens = v
        return tokens

    def construct(self, frames, audio, has_audio):
        tokens = self.tokens(frames, audio, has_audio)
        h, _ = self.attn(tokens, tokens, tokens)
        return self.out(h.mean(axis=1))


def make():
    np.random.seed(17)
    net = TokenFusionEncoder()
    frames = Tensor(np.random.randn(2, 4, 20).astype(np.float32))
    audio = Tensor(np.random.randn(2, 3, 12).astype(np.float32))
    return net, (frames, audio, Tensor(True, ms.bool_))
