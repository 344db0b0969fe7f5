# case: Swin-style window attention whose config turns on debug logging, printing an f-string with the window shape and attention max inside construct -> print of an f-string with tensor values in construct; Graph mode may reject or handle it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SwinConfig:
    embed_dim = 16
    num_heads = 2
    window_size = 2
    debug = True


class WindowAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_heads = config.num_heads
        self.window_size = config.window_size
        self.debug = getattr(config, "debug", False)
        self.qkv = nn.Dense(config.embed_dim, config.embed_dim * 3)
        self.proj = nn.Dense(config.embed_dim, config.embed_dim)
        self.scale = (config.embed_dim // config.num_heads) ** -0.5

    def construct(self, windows):
        b, n, c = windows.shape
        qkv = self.qkv(windows).reshape(b, n, 3, self.num_heads, c // self.num_heads).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        attn = ops.softmax(ops.matmul(q * self.scale, k.swapaxes(-2, -1)), axis=-1)
        if self.debug:
            print(f"window attn: windows={b} tokens={n} max={attn.max()}")
        out = ops.matmul(attn, v).swapaxes(1, 2).reshape(b, n, c)
        return self.proj(out)


def make():
    np.random.seed(50)
    attn = WindowAttention(SwinConfig())
    w = Tensor(np.random.randn(8, 4, 16).astype(np.float32))
    return attn, (w,)
