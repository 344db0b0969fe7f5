# case: OHEM pixel sampler keeps min(min_kept, number of valid pixels) hardest pixels, the count read from the label tensor and fed to topk -> top-k size comes from tensor data (dynamic or rejected)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SamplerConfig:
    thresh = 0.7
    min_kept = 200
    ignore_index = 255


class OHEMPixelSampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.thresh = config.thresh
        self.min_kept = max(1, config.min_kept)
        self.ignore_index = config.ignore_index
        self.softmax = nn.Softmax(axis=1)

    def _num_kept(self, valid_mask):
        num_valid = int(valid_mask.sum())
        return min(self.min_kept, num_valid)

    def construct(self, seg_logit, seg_label):
        valid_mask = (seg_label != self.ignore_index).reshape(-1)
        safe_label = ops.where(seg_label == self.ignore_index, ops.zeros_like(seg_label), seg_label)
        prob = self.softmax(seg_logit)
        gt_prob = ops.gather_elements(prob, 1, safe_label.expand_dims(1)).reshape(-1)
        gt_prob = ops.where(valid_mask, gt_prob, ops.ones_like(gt_prob))
        k = self._num_kept(valid_mask)
        hardest, _ = ops.topk(-gt_prob, k)
        threshold = ops.maximum(-hardest[-1], Tensor(self.thresh, ms.float32))
        seg_weight = ((gt_prob < threshold) & valid_mask).astype(ms.float32)
        return seg_weight.reshape(seg_label.shape)


def make():
    np.random.seed(3443)
    logit = Tensor(np.random.randn(2, 5, 16, 16).astype(np.float32))
    label = np.random.randint(0, 5, (2, 16, 16)).astype(np.int32)
    label[0, 10:, :] = 255
    return OHEMPixelSampler(SamplerConfig()), (logit, Tensor(label))
