# case: mask encoder accepts the previous frame's object masks either as one tensor or as a tuple of per-object tensors, concatenating under an isinstance guard -> Python-level type dispatch, static shapes; expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskEncoderConfig:
    def __init__(self, feat_dim=8, value_dim=8, add_bg_channel=False):
        self.feat_dim = feat_dim
        self.value_dim = value_dim
        self.add_bg_channel = add_bg_channel


class PrevMaskEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.add_bg_channel = config.add_bg_channel
        self.conv = nn.Conv2d(config.feat_dim + 1, config.value_dim, 3, pad_mode="same", has_bias=True)

    def _as_tensor(self, masks):
        if isinstance(masks, (list, tuple)):
            masks = ops.stack(masks, axis=0)
        if self.add_bg_channel:
            masks = ops.concat((1 - masks.sum(axis=0, keepdims=True), masks), axis=0)
        return masks

    def construct(self, feat, prev_masks):
        masks = self._as_tensor(prev_masks)
        n_obj = masks.shape[0]
        f = feat.expand_dims(0).broadcast_to((n_obj,) + feat.shape)
        x = ops.concat((f, masks.expand_dims(1)), axis=1)
        return ops.relu(self.conv(x))


def make():
    np.random.seed(3899)
    feat = Tensor(np.random.randn(8, 6, 6).astype(np.float32))
    masks = tuple(Tensor((np.random.rand(6, 6) > 0.5).astype(np.float32)) for _ in range(2))
    return PrevMaskEncoder(MaskEncoderConfig()), (feat, masks)
