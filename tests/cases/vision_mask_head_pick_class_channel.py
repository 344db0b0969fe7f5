# case: Mask R-CNN mask head selects each instance's predicted-class mask channel with gather_elements and pastes at a fixed size -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskHead(nn.Cell):
    def __init__(self, in_ch=8, num_classes=4, mask_size=14, out_size=28, mask_thresh=0.5):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, in_ch, 3, pad_mode="same", has_bias=True)
        self.up = nn.Conv2dTranspose(in_ch, in_ch, 2, stride=2, has_bias=True)
        self.predictor = nn.Conv2d(in_ch, num_classes, 1, has_bias=True)
        self.out_size = out_size
        self.mask_thresh = mask_thresh

    def _select_class(self, mask_logits, labels):
        r, c, h, w = mask_logits.shape
        idx = ops.broadcast_to(labels.reshape(r, 1, 1, 1), (r, 1, h, w))
        return ops.gather_elements(mask_logits, 1, idx)

    def construct(self, roi_feats, labels):
        x = ops.relu(self.up(ops.relu(self.conv(roi_feats))))
        logits = self._select_class(self.predictor(x), labels)
        probs = ops.sigmoid(logits)
        probs = ops.interpolate(probs, size=(self.out_size, self.out_size), mode="bilinear")
        return (probs > self.mask_thresh).astype(ms.uint8).squeeze(1)


def make():
    np.random.seed(45)
    ms.set_seed(45)
    feats = Tensor(np.random.randn(6, 8, 7, 7).astype(np.float32))
    labels = Tensor(np.array([0, 1, 3, 2, 1, 0], dtype=np.int32))
    return MaskHead(), (feats, labels)
