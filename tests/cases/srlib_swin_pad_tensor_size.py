# case: Swin block pads the feature map to a multiple of the window size using an x_size tensor carried between layers (SwinIR-port style) -> pad amounts come from tensor values, expected dynamic/error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SwinConfig:
    def __init__(self, embed_dim=16, window_size=4, mlp_ratio=2.0, pad_mode="reflect"):
        self.embed_dim = embed_dim
        self.window_size = window_size
        self.mlp_ratio = mlp_ratio
        self.pad_mode = pad_mode


def window_partition(x, ws):
    b, h, w, c = x.shape
    x = x.view(b, h // ws, ws, w // ws, ws, c)
    return x.transpose(0, 1, 3, 2, 4, 5).reshape(-1, ws * ws, c)


class PaddedWindowMixer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.window_size = config.window_size
        self.pad_mode = config.pad_mode
        self.norm = nn.LayerNorm((config.embed_dim,))
        self.proj = nn.Dense(config.embed_dim, config.embed_dim)

    def _pad_to_window(self, x, x_size):
        ws = self.window_size
        pad_h = (ws - int(x_size[0]) % ws) % ws
        pad_w = (ws - int(x_size[1]) % ws) % ws
        return ops.pad(x, (0, pad_w, 0, pad_h), mode=self.pad_mode)

    def construct(self, x, x_size):
        x = self._pad_to_window(x, x_size)
        feat = x.transpose(0, 2, 3, 1)
        windows = window_partition(feat, self.window_size)
        mixed = self.proj(self.norm(windows)).mean(axis=1)
        return mixed


def make():
    np.random.seed(1)
    x = Tensor(np.random.randn(1, 16, 10, 14).astype(np.float32))
    x_size = Tensor(np.array([10, 14], dtype=np.int32))
    return PaddedWindowMixer(SwinConfig()), (x, x_size)
