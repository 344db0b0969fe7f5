# case: a @ms.jit_class score buffer is created in construct and mutated in a loop over clips to accumulate scores -> compile error at line 35
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ScoreBuffer:
    def __init__(self, num_classes):
        self.total = ops.zeros((num_classes,), ms.float32)
        self.count = 0

    def add(self, scores):
        self.total = self.total + scores
        self.count = self.count + 1

    def average(self):
        return self.total / self.count


class MultiClipTester(nn.Cell):
    """Multi-view testing: average class probabilities over several clips of a video."""

    def __init__(self, feat_dim=12, num_classes=5):
        super().__init__()
        self.backbone = nn.Dense(feat_dim, 16)
        self.cls = nn.Dense(16, num_classes)
        self.num_classes = num_classes

    def construct(self, clips):
        # clips: (N_clips, T, C)
        buf = ScoreBuffer(self.num_classes)
        for i in range(clips.shape[0]):
            h = ops.relu(self.backbone(clips[i])).mean(0)
            buf.add(ops.softmax(self.cls(h), axis=-1))
        return buf.average()


def make():
    np.random.seed(15)
    clips = Tensor(np.random.randn(3, 4, 12).astype(np.float32))
    return MultiClipTester(), (clips,)
