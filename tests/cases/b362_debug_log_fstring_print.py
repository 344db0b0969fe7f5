# case: association module logs the number of confident matches with an f-string print when config.verbose is on (default True) -> error or static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AssocConfig:
    def __init__(self, match_thresh=0.7, verbose=True):
        self.match_thresh = match_thresh
        self.verbose = verbose


class LoggingMixin:
    def log_matches(self, tag, n):
        print(f"[{tag}] confident matches: {n}")


class CosineAssociator(nn.Cell, LoggingMixin):
    def __init__(self, config):
        super().__init__()
        self.match_thresh = config.match_thresh
        self.verbose = config.verbose

    def construct(self, track_emb, det_emb):
        t = track_emb / ops.norm(track_emb, dim=-1, keepdim=True)
        d = det_emb / ops.norm(det_emb, dim=-1, keepdim=True)
        sim = ops.matmul(t, d.T)
        best = sim.max(axis=1)
        n_conf = (best > self.match_thresh).astype(ms.int32).sum()
        if self.verbose:
            self.log_matches("reid", n_conf)
        return sim.argmax(axis=1), best


def make():
    np.random.seed(121)
    te = Tensor(np.random.randn(5, 12).astype(np.float32))
    de = Tensor(np.random.randn(7, 12).astype(np.float32))
    return CosineAssociator(AssocConfig()), (te, de)
