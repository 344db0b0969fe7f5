# case: Informer-style encoder with distilling conv layers, attention maps appended to a Python list inside a loop over enumerate(CellList) and returned as a tuple -> loop count is static, should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InformerConfig:
    d_model = 16
    n_heads = 2
    e_layers = 2
    distil = True


class DistilConv(nn.Cell):
    def __init__(self, c_in):
        super().__init__()
        self.conv = nn.Conv1d(c_in, c_in, kernel_size=3, pad_mode="same")
        self.pool = nn.MaxPool1d(kernel_size=2, stride=2)

    def construct(self, x):
        x = ops.elu(self.conv(x.swapaxes(1, 2)))
        return self.pool(x).swapaxes(1, 2)


class AttnBlock(nn.Cell):
    def __init__(self, d_model, n_heads):
        super().__init__()
        self.mha = nn.MultiheadAttention(d_model, n_heads, batch_first=True)
        self.norm = nn.LayerNorm((d_model,))

    def construct(self, x):
        out, attn = self.mha(x, x, x)
        return self.norm(x + out), attn


class InformerEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.attn_layers = nn.CellList([AttnBlock(config.d_model, config.n_heads) for _ in range(config.e_layers)])
        n_conv = config.e_layers - 1 if config.distil else 0
        self.conv_layers = nn.CellList([DistilConv(config.d_model) for _ in range(n_conv)])

    def construct(self, x):
        attns = []
        for i, attn_layer in enumerate(self.attn_layers):
            x, attn = attn_layer(x)
            attns.append(attn)
            if i < len(self.conv_layers):
                x = self.conv_layers[i](x)
        return x, tuple(attns)


def make():
    np.random.seed(3437)
    x = Tensor(np.random.randn(2, 16, 16).astype(np.float32))
    return InformerEncoder(InformerConfig()), (x,)
