# case: selective classifier replaces low-confidence predictions with an abstain label -1 via ops.where and reports coverage as a masked mean -> fixed-size mask, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SelectiveHead(nn.Cell):
    def __init__(self, in_dim=12, num_classes=4, threshold=0.6, abstain_label=-1):
        super().__init__()
        self.backbone = nn.SequentialCell([nn.Dense(in_dim, 24), nn.ReLU(), nn.Dense(24, num_classes)])
        self.threshold = threshold
        self.abstain_label = abstain_label

    def construct(self, x, labels):
        probs = ops.softmax(self.backbone(x), axis=-1)
        conf = probs.max(axis=-1)
        pred = probs.argmax(axis=-1).astype(ms.int32)
        keep = conf > self.threshold
        abstain = ops.full_like(pred, self.abstain_label)
        final = ops.where(keep, pred, abstain)
        keep_f = keep.astype(ms.float32)
        correct = (pred == labels).astype(ms.float32) * keep_f
        selective_acc = correct.sum() / ops.maximum(keep_f.sum(), 1.0)
        return final, keep_f.mean(), selective_acc


def make():
    np.random.seed(0)
    net = SelectiveHead()
    x = Tensor(np.random.randn(10, 12).astype(np.float32) * 3)
    labels = Tensor(np.random.randint(0, 4, size=(10,)).astype(np.int32))
    return net, (x, labels)
