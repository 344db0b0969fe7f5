# case: Tacotron2 postnet iterating a CellList of conv+BN blocks with dropout applied only when self.training -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBNBlock(nn.Cell):
    def __init__(self, cin, cout, kernel=5, activation=True):
        super().__init__()
        self.conv = nn.Conv1d(cin, cout, kernel, pad_mode="same", has_bias=False)
        self.bn = nn.BatchNorm1d(cout)
        self.activation = activation

    def construct(self, x):
        y = self.conv(x)
        b, c, t = y.shape
        y = self.bn(y.transpose(0, 2, 1).reshape(b * t, c)).reshape(b, t, c).transpose(0, 2, 1)
        if self.activation:
            y = ops.tanh(y)
        return y


class Tacotron2Postnet(nn.Cell):
    def __init__(self, n_mels=8, channels=16, n_convs=4, dropout=0.5):
        super().__init__()
        dims = [n_mels] + [channels] * (n_convs - 1) + [n_mels]
        self.blocks = nn.CellList([
            ConvBNBlock(dims[i], dims[i + 1], activation=(i < n_convs - 1)) for i in range(n_convs)
        ])
        self.dropout = dropout

    def construct(self, mel):
        x = mel.transpose(0, 2, 1)
        for i, block in enumerate(self.blocks):
            x = block(x)
            if self.training and i < len(self.blocks) - 1:
                x = ops.dropout(x, p=self.dropout)
        return mel + x.transpose(0, 2, 1)


def make():
    np.random.seed(30)
    net = Tacotron2Postnet()
    net.set_train(False)
    return net, (Tensor(np.random.randn(2, 6, 8).astype(np.float32)),)
