# case: value encoder loops over objects with range(int(num_objects)) where num_objects is a tensor, encoding each object's mask with the image features and stacking -> loop count from data; expected to be rejected or fall back in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ValueEncoderConfig:
    def __init__(self, feat_dim=8, value_dim=8, use_other_masks=True):
        self.feat_dim = feat_dim
        self.value_dim = value_dim
        self.use_other_masks = use_other_masks


class MaskFusion(nn.Conv2d):
    def __init__(self, in_ch, out_ch):
        super().__init__(in_ch, out_ch, 3, pad_mode="same", has_bias=True)

    def construct(self, x):
        return ops.relu(super().construct(x))


class ValueEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_other_masks = config.use_other_masks
        extra = 2 if config.use_other_masks else 1
        self.fuse = MaskFusion(config.feat_dim + extra, config.value_dim)

    def _encode_one(self, feat, masks, i):
        m = masks[i:i + 1]
        parts = [feat, m]
        if self.use_other_masks:
            parts.append(masks.sum(axis=0, keepdims=True) - m)
        return self.fuse(ops.concat(parts, axis=0).expand_dims(0))

    def construct(self, feat, masks, num_objects):
        values = []
        for i in range(int(num_objects)):
            values.append(self._encode_one(feat, masks, i))
        return ops.concat(values, axis=0)


def make():
    np.random.seed(3885)
    feat = Tensor(np.random.randn(8, 6, 6).astype(np.float32))
    masks = Tensor((np.random.rand(3, 6, 6) > 0.5).astype(np.float32))
    return ValueEncoder(ValueEncoderConfig()), (feat, masks, Tensor(3, ms.int32))
