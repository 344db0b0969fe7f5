# case: post-processing cell that wraps predictions in a @ms.jit_class SegDataSample created in construct and then fills pred_sem_seg / seg_logits attributes on it -> jit_class instance created and mutated in construct (may be rejected)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class SegDataSample:
    def __init__(self, seg_logits):
        self.seg_logits = seg_logits
        self.pred_sem_seg = seg_logits

    def set_prediction(self, pred):
        self.pred_sem_seg = pred


class PostProcessConfig:
    align_corners = False
    output_size = (24, 24)
    threshold = None


class SegPostProcessor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.align_corners = config.align_corners
        self.output_size = config.output_size
        self.threshold = config.threshold

    def construct(self, seg_logits):
        seg_logits = ops.interpolate(seg_logits, size=self.output_size, mode="bilinear", align_corners=self.align_corners)
        sample = SegDataSample(seg_logits)
        if self.threshold is None:
            pred = seg_logits.argmax(axis=1)
        else:
            pred = (ops.sigmoid(seg_logits[:, 0]) > self.threshold).astype(ms.int32)
        sample.set_prediction(pred)
        return sample.pred_sem_seg


def make():
    np.random.seed(3458)
    logits = Tensor(np.random.randn(2, 4, 12, 12).astype(np.float32))
    return SegPostProcessor(PostProcessConfig()), (logits,)
