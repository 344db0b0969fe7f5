# case: per-class area and IoU statistics from predicted and reference land-cover maps via one_hot sums -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AreaAgreement(nn.Cell):
    def __init__(self, num_classes=5, pixel_size_m=30.0, ignore_label=255):
        super().__init__()
        self.num_classes = num_classes
        self.pixel_area_ha = pixel_size_m ** 2 / 1e4
        self.ignore_label = ignore_label
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def onehot(self, labels, valid):
        safe = ops.where(valid, labels, ops.zeros_like(labels))
        oh = ops.one_hot(safe, self.num_classes, self.on, self.off)
        return oh * valid.astype(ms.float32).expand_dims(-1)

    def construct(self, pred_logits, ref):
        pred = ops.argmax(pred_logits, dim=1).astype(ms.int32)
        valid = ref != self.ignore_label
        p = self.onehot(pred, valid).reshape(-1, self.num_classes)
        r = self.onehot(ref, valid).reshape(-1, self.num_classes)
        inter = (p * r).sum(axis=0)
        union = p.sum(axis=0) + r.sum(axis=0) - inter
        area_ha = p.sum(axis=0) * self.pixel_area_ha
        return area_ha, inter / ops.maximum(union, 1.0)


def make():
    np.random.seed(35)
    logits = Tensor(np.random.randn(1, 5, 8, 8).astype(np.float32))
    ref = np.random.randint(0, 5, (1, 8, 8)).astype(np.int32)
    ref[0, 0, :] = 255
    return AreaAgreement(), (logits, Tensor(ref))
