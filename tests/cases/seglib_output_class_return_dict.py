# case: segmentor returning a small SegmentorOutput class instance (seg_logits, aux_logits) created in construct because config.return_dict defaults to True -> plain Python class instantiated and returned from construct (rejected or interpreted)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ModelConfig:
    num_classes = 4
    return_dict = True
    output_aux = True
    align_corners = False


class SegmentorOutput:
    def __init__(self, seg_logits=None, aux_logits=None):
        self.seg_logits = seg_logits
        self.aux_logits = aux_logits

    def to_tuple(self):
        return tuple(v for v in (self.seg_logits, self.aux_logits) if v is not None)


class Segmentor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_dict = config.return_dict
        self.output_aux = config.output_aux
        self.align_corners = config.align_corners
        self.backbone = nn.Conv2d(3, 8, 3, stride=2, pad_mode="same")
        self.decode_head = nn.Conv2d(8, config.num_classes, 1, has_bias=True)
        self.aux_head = nn.Conv2d(8, config.num_classes, 1, has_bias=True)

    def _upsample(self, x, like):
        return ops.interpolate(x, size=like.shape[2:], mode="bilinear", align_corners=self.align_corners)

    def construct(self, img):
        feat = ops.relu(self.backbone(img))
        seg = self._upsample(self.decode_head(feat), img)
        aux = self._upsample(self.aux_head(feat), img) if self.output_aux else None
        if self.return_dict:
            return SegmentorOutput(seg_logits=seg, aux_logits=aux)
        return SegmentorOutput(seg, aux).to_tuple()


def make():
    np.random.seed(3456)
    img = Tensor(np.random.randn(2, 3, 16, 16).astype(np.float32))
    return Segmentor(ModelConfig()), (img,)
