# case: per-batch mIoU metric cell that builds intersection/union histograms with one-hot over a fixed number of classes, ignore pixels zeroed by a multiplicative mask, and averages IoU over present classes with a three-argument where -> all shapes fixed, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MetricConfig:
    num_classes = 5
    ignore_index = 255
    nan_to_num = None
    reduce_zero_label = False


def onehot_hist(x, num_classes, weight):
    oh = ops.one_hot(x.reshape(-1), num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
    return (oh * weight.reshape(-1, 1)).sum(axis=0)


class IoUMetric(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_classes = config.num_classes
        self.ignore_index = config.ignore_index
        self.nan_to_num = config.nan_to_num
        self.reduce_zero_label = config.reduce_zero_label

    def construct(self, seg_logit, seg_label):
        pred = seg_logit.argmax(axis=1).astype(ms.int32)
        if self.reduce_zero_label:
            seg_label = ops.where(seg_label == 0, ops.full_like(seg_label, 255), seg_label - 1)
        valid = (seg_label != self.ignore_index).astype(ms.float32)
        label = ops.where(seg_label == self.ignore_index, ops.zeros_like(seg_label), seg_label)
        hit = (pred == label).astype(ms.float32) * valid
        area_inter = onehot_hist(label, self.num_classes, hit)
        area_pred = onehot_hist(pred, self.num_classes, valid)
        area_label = onehot_hist(label, self.num_classes, valid)
        union = area_pred + area_label - area_inter
        present = union > 0
        iou = ops.where(present, area_inter / ops.clamp(union, min=1.0), ops.zeros_like(union))
        miou = iou.sum() / ops.clamp(present.astype(ms.float32).sum(), min=1.0)
        return miou, iou


def make():
    np.random.seed(3473)
    logit = Tensor(np.random.randn(2, 5, 12, 12).astype(np.float32))
    label = np.random.randint(0, 4, (2, 12, 12)).astype(np.int32)
    label[:, :, 0] = 255
    return IoUMetric(MetricConfig()), (logit, Tensor(label))
