# case: small CRNN (conv over log-mel, frequency pooling, bidirectional GRU, frame sigmoid, max-pooled clip output) -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(cout)
        self.pool = nn.AvgPool2d(kernel_size=(1, 2), stride=(1, 2))

    def construct(self, x):
        return self.pool(ops.relu(self.bn(self.conv(x))))


class CRNN(nn.Cell):
    def __init__(self, n_mels=16, n_classes=5, hidden=8):
        super().__init__()
        self.block1 = ConvBlock(1, 4)
        self.block2 = ConvBlock(4, 8)
        self.gru = nn.GRU(8 * (n_mels // 4), hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Dense(2 * hidden, n_classes)

    def construct(self, logmel):
        # logmel: (batch, frames, n_mels)
        x = self.block2(self.block1(logmel.expand_dims(1)))
        b, c, t, f = x.shape
        x = x.transpose(0, 2, 1, 3).reshape(b, t, c * f)
        h, _ = self.gru(x)
        strong = ops.sigmoid(self.fc(h))
        weak = strong.max(axis=1)
        return strong, weak


def make():
    np.random.seed(36)
    logmel = Tensor(np.random.randn(2, 12, 16).astype(np.float32))
    return CRNN(), (logmel,)
