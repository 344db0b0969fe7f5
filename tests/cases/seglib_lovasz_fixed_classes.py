# case: Lovasz-softmax loss with classes='present' that loops over range(num_classes) from the config and weights each class term by a float presence indicator instead of skipping absent classes -> loop bound is a Python int, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LovaszConfig:
    num_classes = 4
    ignore_index = 255
    classes = "present"
    loss_weight = 1.0


def lovasz_grad(gt_sorted):
    gts = gt_sorted.sum()
    intersection = gts - gt_sorted.cumsum(0)
    union = gts + (1.0 - gt_sorted).cumsum(0)
    jaccard = 1.0 - intersection / ops.clamp(union, min=1e-6)
    return ops.cat((jaccard[:1], jaccard[1:] - jaccard[:-1]))


class LovaszSoftmaxLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_classes = config.num_classes
        self.ignore_index = config.ignore_index
        self.only_present = config.classes == "present"
        self.loss_weight = config.loss_weight

    def _class_term(self, probs, labels, validf, cls):
        fg = (labels == cls).astype(ms.float32) * validf
        errors = ops.abs(fg - probs[:, cls]) * validf
        errors_sorted, perm = ops.sort(errors, descending=True)
        term = (errors_sorted * lovasz_grad(fg[perm])).sum()
        present = (fg.sum() > 0).astype(ms.float32) if self.only_present else ops.ones((), ms.float32)
        return term * present, present

    def construct(self, seg_logit, seg_label):
        probs = ops.softmax(seg_logit, axis=1).transpose(0, 2, 3, 1).reshape(-1, self.num_classes)
        labels = seg_label.reshape(-1)
        validf = (labels != self.ignore_index).astype(ms.float32)
        total = ops.zeros((), ms.float32)
        count = ops.zeros((), ms.float32)
        for cls in range(self.num_classes):
            term, present = self._class_term(probs, labels, validf, cls)
            total = total + term
            count = count + present
        return self.loss_weight * total / ops.clamp(count, min=1.0)


def make():
    np.random.seed(3477)
    logit = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    label = np.random.randint(0, 3, (2, 8, 8)).astype(np.int32)
    label[:, 0] = 255
    return LovaszSoftmaxLoss(LovaszConfig()), (logit, Tensor(label))
