# case: binary Lovasz hinge that first drops ignore-label pixels (flatten_binary_scores style) then sorts -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def lovasz_grad(gt_sorted):
    gts = gt_sorted.sum()
    inter = gts - gt_sorted.cumsum(0)
    union = gts + (1.0 - gt_sorted).cumsum(0)
    jac = 1.0 - inter / union
    return ops.concat((jac[0:1], jac[1:] - jac[:-1]))


def flatten_binary_scores(scores, labels, ignore=None):
    scores = scores.reshape(-1)
    labels = labels.reshape(-1)
    if ignore is None:
        return scores, labels
    valid = labels != ignore
    return scores[valid], labels[valid]


class LovaszHingeLoss(nn.Cell):
    def __init__(self, ignore_index=255):
        super().__init__()
        self.ignore_index = ignore_index
        self.relu = nn.ReLU()

    def construct(self, logits, labels):
        scores, lab = flatten_binary_scores(logits, labels, self.ignore_index)
        signs = 2.0 * lab.astype(ms.float32) - 1.0
        errors = 1.0 - scores * signs
        errors_sorted, perm = ops.sort(errors, descending=True)
        gt_sorted = lab.astype(ms.float32)[perm]
        return (self.relu(errors_sorted) * lovasz_grad(gt_sorted)).sum()


def make():
    np.random.seed(7)
    logits = Tensor(np.random.randn(2, 8, 8).astype(np.float32))
    lab = np.random.randint(0, 2, size=(2, 8, 8)).astype(np.int32)
    lab[:, -2:, :] = 255
    return LovaszHingeLoss(), (logits, Tensor(lab))
