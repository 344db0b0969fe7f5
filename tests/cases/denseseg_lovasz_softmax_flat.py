# case: Lovasz-softmax over all flattened pixels, per-class sort + cumsum Jaccard gradient (fixed sizes) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def lovasz_grad(gt_sorted):
    gts = gt_sorted.sum()
    intersection = gts - ops.cumsum(gt_sorted, 0)
    union = gts + ops.cumsum(1.0 - gt_sorted, 0)
    jaccard = 1.0 - intersection / union
    return ops.concat((jaccard[:1], jaccard[1:] - jaccard[:-1]))


class LovaszSoftmax(nn.Cell):
    def __init__(self, num_classes=3, per_class_weight=None):
        super().__init__()
        self.num_classes = num_classes
        self.per_class_weight = per_class_weight

    def flatten(self, probs, labels):
        c = probs.shape[1]
        return probs.transpose(0, 2, 3, 1).reshape(-1, c), labels.reshape(-1)

    def construct(self, logits, labels):
        probs, lab = self.flatten(ops.softmax(logits, axis=1), labels)
        losses = []
        for c in range(self.num_classes):
            fg = (lab == c).astype(ms.float32)
            errors = ops.abs(fg - probs[:, c])
            errors_sorted, perm = ops.sort(errors, axis=0, descending=True)
            fg_sorted = ops.gather(fg, perm, 0)
            losses.append(ops.tensor_dot(errors_sorted, lovasz_grad(fg_sorted), 1))
        loss = ops.stack(losses)
        if self.per_class_weight is not None:
            loss = loss * Tensor(self.per_class_weight, ms.float32)
        return loss.mean()


def make():
    np.random.seed(6)
    logits = Tensor(np.random.randn(2, 3, 6, 6).astype(np.float32))
    labels = Tensor(np.random.randint(0, 3, size=(2, 6, 6)).astype(np.int32))
    return LovaszSoftmax(), (logits, labels)
