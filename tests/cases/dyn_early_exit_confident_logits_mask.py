# case: early-exit classifier keeps only logits of samples above the confidence threshold via boolean indexing -> dynamic shape at line 39
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExitHead(nn.Cell):
    """Lightweight classifier attached to an intermediate feature map."""

    def __init__(self, in_ch, num_classes=10):
        super().__init__()
        self.fc = nn.Dense(in_ch, num_classes)

    def construct(self, feat):
        pooled = feat.mean(axis=(2, 3))
        return self.fc(pooled)


class EarlyExitNet(nn.Cell):
    def __init__(self, num_classes=10, width=16, threshold=0.105):
        super().__init__()
        self.stem = nn.Conv2d(3, width, 3, pad_mode='same')
        self.stage1 = nn.SequentialCell([nn.Conv2d(width, width, 3, pad_mode='same'), nn.ReLU()])
        self.stage2 = nn.SequentialCell([nn.Conv2d(width, width, 3, pad_mode='same'), nn.ReLU()])
        self.exit1 = ExitHead(width, num_classes)
        self.final = ExitHead(width, num_classes)
        self.threshold = threshold
        self.softmax = nn.Softmax(axis=-1)

    def confidence(self, logits):
        return self.softmax(logits).max(axis=-1)

    def construct(self, x):
        h = self.stage1(ops.relu(self.stem(x)))
        early_logits = self.exit1(h)
        conf = self.confidence(early_logits)
        exited = conf > self.threshold
        # samples that left at the first exit are reported separately
        early_out = early_logits[exited]
        h = self.stage2(h)
        final_logits = self.final(h)
        return early_out, final_logits


def make():
    np.random.seed(0)
    ms.set_seed(0)
    x = Tensor(np.random.randn(4, 3, 8, 8).astype(np.float32))
    return EarlyExitNet(), (x,)
