# case: segmentor with a SegmentorOutput class used only when config.return_dict is set, which it never is; the tuple path builds outputs whose length depends on output_aux -> class branch not taken, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ModelConfig:
    def __init__(self, num_classes=4, return_dict=False, output_aux=False, align_corners=True):
        self.num_classes = num_classes
        self.return_dict = return_dict
        self.output_aux = output_aux
        self.align_corners = align_corners


class SegmentorOutput:
    def __init__(self, seg_logits=None, aux_logits=None):
        self.seg_logits = seg_logits
        self.aux_logits = aux_logits


class Segmentor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.backbone = nn.Conv2d(3, 8, 3, stride=2, pad_mode="same")
        self.decode_head = nn.Conv2d(8, config.num_classes, 1, has_bias=True)
        self.aux_head = nn.Conv2d(8, config.num_classes, 1, has_bias=True)

    def _upsample(self, x, like):
        return ops.interpolate(x, size=like.shape[2:], mode="bilinear", align_corners=self.config.align_corners)

    def construct(self, img, return_dict=None):
        if return_dict is None:
            return_dict = self.config.return_dict
        feat = ops.relu(self.backbone(img))
        seg = self._upsample(self.decode_head(feat), img)
        outputs = (seg,)
        if self.config.output_aux:
            outputs = outputs + (self._upsample(self.aux_head(feat), img),)
        if return_dict:
            return SegmentorOutput(*outputs)
        return outputs


def make():
    np.random.seed(3457)
    img = Tensor(np.random.randn(2, 3, 16, 16).astype(np.float32))
    return Segmentor(ModelConfig()), (img,)
