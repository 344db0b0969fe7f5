# case: OHEM pixel sampler that sorts ground-truth probabilities with a fixed config min_kept for topk and keeps pixels below max(kth prob, thresh) by a where mask -> top-k size is a Python int, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SamplerConfig:
    def __init__(self, thresh=0.7, min_kept=128, ignore_index=255):
        self.thresh = thresh
        self.min_kept = min_kept
        self.ignore_index = ignore_index


class BasePixelSampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ignore_index = config.ignore_index

    def valid_and_safe(self, seg_label):
        valid = seg_label != self.ignore_index
        return valid, ops.where(valid, seg_label, ops.zeros_like(seg_label))


class OHEMPixelSampler(BasePixelSampler):
    def __init__(self, config):
        super().__init__(config)
        self.thresh = config.thresh
        self.min_kept = config.min_kept

    def construct(self, seg_logit, seg_label):
        valid, safe_label = self.valid_and_safe(seg_label)
        prob = ops.softmax(seg_logit, axis=1)
        gt_prob = ops.gather_elements(prob, 1, safe_label.expand_dims(1)).squeeze(1)
        flat = ops.where(valid, gt_prob, ops.ones_like(gt_prob)).reshape(-1)
        k = min(self.min_kept, flat.shape[0])
        kth, _ = ops.topk(-flat, k)
        threshold = ops.maximum(-kth[k - 1], Tensor(self.thresh, ms.float32))
        keep = ops.logical_and(gt_prob < threshold, valid)
        return keep.astype(ms.float32)


def make():
    np.random.seed(3444)
    logit = Tensor(np.random.randn(2, 5, 16, 16).astype(np.float32))
    label = np.random.randint(0, 5, (2, 16, 16)).astype(np.int32)
    label[1, :, 12:] = 255
    return OHEMPixelSampler(SamplerConfig()), (logit, Tensor(label))
