# case: anchor generator precomputes base anchors with NumPy in __init__ and shifts them by a grid built from the static feature-map shape in construct -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AnchorCfg:
    strides = (8, 16)
    scales = (4.0, 8.0)
    ratios = (0.5, 1.0, 2.0)


def gen_base_anchors(stride, scales, ratios):
    ratios = np.array(ratios, np.float32)
    scales = np.array(scales, np.float32)
    h_ratios = np.sqrt(ratios)
    w_ratios = 1.0 / h_ratios
    ws = (stride * w_ratios[:, None] * scales[None, :]).reshape(-1)
    hs = (stride * h_ratios[:, None] * scales[None, :]).reshape(-1)
    return np.stack([-0.5 * ws, -0.5 * hs, 0.5 * ws, 0.5 * hs], axis=-1).astype(np.float32)


class AnchorGenerator(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else AnchorCfg()
        self.strides = cfg.strides
        self.base_anchors = [Tensor(gen_base_anchors(s, cfg.scales, cfg.ratios)) for s in cfg.strides]
        self.num_base = len(cfg.scales) * len(cfg.ratios)

    def single_level(self, base, feat_shape, stride):
        h, w = feat_shape
        xs = ops.arange(0, w, dtype=ms.float32) * stride
        ys = ops.arange(0, h, dtype=ms.float32) * stride
        yy, xx = ops.meshgrid(ys, xs, indexing="ij")
        shifts = ops.stack((xx.reshape(-1), yy.reshape(-1), xx.reshape(-1), yy.reshape(-1)), axis=1)
        return (base[None, :, :] + shifts[:, None, :]).reshape(-1, 4)

    def construct(self, feats):
        out = []
        for i, feat in enumerate(feats):
            out.append(self.single_level(self.base_anchors[i], feat.shape[-2:], self.strides[i]))
        return tuple(out)


def make():
    np.random.seed(3355)
    feats = (Tensor(np.random.randn(1, 8, 8, 8).astype(np.float32)),
             Tensor(np.random.randn(1, 8, 4, 4).astype(np.float32)))
    return AnchorGenerator(), (feats,)
