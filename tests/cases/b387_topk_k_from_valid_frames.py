# case: XMem top-k memory readout whose k is scaled by the count of valid memory frames read from the validity tensor -> top-k size comes from data; Graph mode should reject it or fall back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReadoutConfig:
    def __init__(self, key_dim=16, top_k=8, per_frame_k=4, use_scale=True):
        self.key_dim = key_dim
        self.top_k = top_k
        self.per_frame_k = per_frame_k
        self.use_scale = use_scale


def get_similarity(mk, qk):
    # mk: B, Ck, N ; qk: B, Ck, HW -> B, N, HW (negative squared L2 up to a constant)
    a_sq = (mk ** 2).sum(axis=1).expand_dims(2)
    ab = ops.bmm(mk.transpose(0, 2, 1), qk)
    return 2 * ab - a_sq


class TopKReadout(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.top_k = config.top_k
        self.per_frame_k = config.per_frame_k
        self.scale = float(1.0 / np.sqrt(config.key_dim)) if config.use_scale else 1.0

    def _effective_topk(self, frame_valid):
        n_frames = int(frame_valid.sum())
        return min(self.top_k, n_frames * self.per_frame_k)

    def construct(self, mem_key, mem_val, query_key, frame_valid):
        aff = get_similarity(mem_key, query_key) * self.scale
        aff_t = aff.transpose(0, 2, 1)  # B, HW, N
        k = self._effective_topk(frame_valid)
        values, _ = ops.topk(aff_t, k)
        keep = (aff_t >= values[:, :, -1:]).astype(aff_t.dtype)
        w = ops.exp(aff_t - values[:, :, :1]) * keep
        w = w / w.sum(axis=-1, keepdims=True)
        return ops.bmm(mem_val, w.transpose(0, 2, 1))  # B, Cv, HW


def make():
    np.random.seed(3871)
    cfg = ReadoutConfig()
    mem_key = Tensor(np.random.randn(1, 16, 48).astype(np.float32))
    mem_val = Tensor(np.random.randn(1, 8, 48).astype(np.float32))
    query_key = Tensor(np.random.randn(1, 16, 16).astype(np.float32))
    frame_valid = Tensor(np.array([1, 1, 0], dtype=np.float32))
    return TopKReadout(cfg), (mem_key, mem_val, query_key, frame_valid)
