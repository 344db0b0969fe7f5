# case: Lovasz-softmax loss that loops over class ids up to int(label.max()) read from the batch, sorting each class's errors and accumulating the Lovasz extension -> for-loop count comes from tensor data (rejected or dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LovaszConfig:
    ignore_index = 255
    loss_weight = 1.0
    per_image = False


def lovasz_grad(gt_sorted):
    gts = gt_sorted.sum()
    intersection = gts - gt_sorted.cumsum(0)
    union = gts + (1.0 - gt_sorted).cumsum(0)
    jaccard = 1.0 - intersection / union
    return ops.cat((jaccard[:1], jaccard[1:] - jaccard[:-1]))


class LovaszSoftmaxLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ignore_index = config.ignore_index
        self.loss_weight = config.loss_weight

    def _max_class(self, labels, valid):
        return int((labels * valid.astype(labels.dtype)).max())

    def construct(self, seg_logit, seg_label):
        c = seg_logit.shape[1]
        probs = ops.softmax(seg_logit, axis=1).transpose(0, 2, 3, 1).reshape(-1, c)
        labels = seg_label.reshape(-1)
        valid = labels != self.ignore_index
        validf = valid.astype(ms.float32)
        losses = []
        for cls in range(self._max_class(labels, valid) + 1):
            fg = (labels == cls).astype(ms.float32) * validf
            errors = ops.abs(fg - probs[:, cls]) * validf
            errors_sorted, perm = ops.sort(errors, descending=True)
            losses.append(ops.dot(errors_sorted.expand_dims(0), lovasz_grad(fg[perm]).expand_dims(1)).squeeze())
        return self.loss_weight * ops.stack(losses).mean()


def make():
    np.random.seed(3476)
    logit = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    label = np.random.randint(0, 3, (2, 8, 8)).astype(np.int32)
    label[:, 0] = 255
    return LovaszSoftmaxLoss(LovaszConfig()), (logit, Tensor(label))
