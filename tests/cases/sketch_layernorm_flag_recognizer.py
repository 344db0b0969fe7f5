# case: handwriting recogniser with use_layer_norm / use_dropout config flags choosing sub-Cells at build time -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvFrontEnd(nn.Cell):
    def __init__(self, in_ch, width):
        super().__init__()
        self.conv = nn.Conv1d(in_ch, width, 5, pad_mode="same")
        self.act = nn.GELU()

    def construct(self, x):
        return self.act(self.conv(x.transpose(0, 2, 1))).transpose(0, 2, 1)


class StrokeRecognizer(nn.Cell):
    """Conv front end + optional LayerNorm + classifier over characters."""

    def __init__(self, in_ch=3, width=12, num_chars=8, use_layer_norm=True, use_dropout=False):
        super().__init__()
        self.front = ConvFrontEnd(in_ch, width)
        self.use_layer_norm = use_layer_norm
        self.use_dropout = use_dropout
        self.norm = nn.LayerNorm((width,)) if use_layer_norm else None
        self.drop = nn.Dropout(p=0.1)
        self.cls = nn.Dense(width, num_chars)

    def construct(self, strokes):
        h = self.front(strokes)
        if self.use_layer_norm:
            h = self.norm(h)
        if self.use_dropout:
            h = self.drop(h)
        return ops.log_softmax(self.cls(h), axis=-1)


def make():
    np.random.seed(33)
    ms.set_seed(33)
    s = Tensor(np.random.randn(2, 9, 3).astype(np.float32))
    return StrokeRecognizer(), (s,)
