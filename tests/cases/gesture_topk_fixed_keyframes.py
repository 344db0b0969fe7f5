# case: picks a constant number of most confident keyframes with topk(k from config) and gathers them -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeyframeConfig:
    num_keyframes = 4
    feat_dim = 42
    hidden = 20


class KeyframeEncoder(nn.Cell):
    def __init__(self, cfg=KeyframeConfig()):
        super().__init__()
        self.k = cfg.num_keyframes
        self.feat_dim = cfg.feat_dim
        self.proj = nn.Dense(cfg.feat_dim, cfg.hidden)

    def construct(self, keypoints, confidence):
        values, idx = ops.topk(confidence, self.k)
        idx, _ = ops.sort(idx.astype(ms.float32))
        frames = ops.gather(keypoints.reshape(keypoints.shape[0], self.feat_dim), idx.astype(ms.int32), 0)
        emb = self.proj(frames)
        return emb.reshape(-1)


def make():
    np.random.seed(26)
    kp = Tensor(np.random.randn(15, 21, 2).astype(np.float32))
    conf = Tensor(np.random.rand(15).astype(np.float32))
    return KeyframeEncoder(), (kp, conf)
