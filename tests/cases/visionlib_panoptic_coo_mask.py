# case: panoptic fusion builds a sparse instance-to-pixel assignment as an ms.COOTensor from stuff/thing indices and densifies it to sum per-instance areas -> sparse tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PanopticCfg:
    num_things = 4
    num_pixels = 64
    overlap_thr = 0.5


class PanopticFusion(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else PanopticCfg()
        self.shape = (cfg.num_things, cfg.num_pixels)
        self.overlap_thr = cfg.overlap_thr

    def _assignment(self, inst_ids, pixel_ids, weights):
        indices = ops.stack((inst_ids, pixel_ids), axis=1)
        return ms.COOTensor(indices, weights, self.shape)

    def construct(self, inst_ids, pixel_ids, mask_probs):
        weights = (mask_probs > self.overlap_thr).astype(ms.float32)
        assign = self._assignment(inst_ids, pixel_ids, weights)
        dense = assign.to_dense()
        return dense.sum(axis=1)


def make():
    np.random.seed(3365)
    inst = Tensor(np.random.randint(0, 4, size=(30,)).astype(np.int32))
    pix = Tensor(np.random.choice(64, 30, replace=False).astype(np.int32))
    probs = Tensor(np.random.rand(30).astype(np.float32))
    return PanopticFusion(), (inst, pix, probs)
