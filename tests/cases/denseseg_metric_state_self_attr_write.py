# case: eval Cell accumulating a confusion matrix and counting processed batches by writing Python attributes on self in construct -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class StreamingMIoU(nn.Cell):
    def __init__(self, num_classes=4, ignore_index=255):
        super().__init__()
        self.num_classes = num_classes
        self.ignore_index = ignore_index
        self.confmat = Parameter(ms.numpy.zeros((num_classes, num_classes), ms.float32),
                                 name="confmat", requires_grad=False)
        self.num_batches = 0
        self.on, self.off = Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)

    def _batch_confmat(self, pred, label):
        valid = (label != self.ignore_index).astype(ms.float32).reshape(-1, 1)
        lab = ops.where(label == self.ignore_index, ops.zeros_like(label), label)
        t = ops.one_hot(lab.reshape(-1), self.num_classes, self.on, self.off) * valid
        p = ops.one_hot(pred.reshape(-1), self.num_classes, self.on, self.off)
        return ops.matmul(t.T, p)

    def construct(self, logits, label):
        pred = logits.argmax(1).astype(ms.int32)
        cm = self.confmat + self._batch_confmat(pred, label)
        ops.assign(self.confmat, cm)
        self.num_batches = self.num_batches + 1
        inter = ops.diag(cm)
        union = cm.sum(0) + cm.sum(1) - inter
        return (inter / ops.maximum(union, 1.0)).mean()


def make():
    np.random.seed(29)
    logits = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    label = np.random.randint(0, 4, size=(2, 8, 8)).astype(np.int32)
    label[:, 0] = 255
    return StreamingMIoU(), (logits, Tensor(label))
