# case: tracker head has a plain-Python TrackerOutput branch but return_dict defaults to False so the tuple path is taken -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackerOutput:
    def __init__(self, boxes, scores, embeddings=None):
        self.boxes = boxes
        self.scores = scores
        self.embeddings = embeddings


class HeadConfig:
    def __init__(self, in_dim=16, emb_dim=8, return_dict=False, output_embeddings=True):
        self.in_dim = in_dim
        self.emb_dim = emb_dim
        self.return_dict = return_dict
        self.output_embeddings = output_embeddings


class JDEHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_dict = config.return_dict
        self.output_embeddings = config.output_embeddings
        self.box = nn.Dense(config.in_dim, 4)
        self.cls = nn.Dense(config.in_dim, 1)
        self.emb = nn.Dense(config.in_dim, config.emb_dim)

    def construct(self, feats, return_dict=None):
        return_dict = self.return_dict if return_dict is None else return_dict
        boxes = self.box(feats)
        scores = ops.sigmoid(self.cls(feats)).squeeze(-1)
        emb = ops.L2Normalize(axis=-1)(self.emb(feats)) if self.output_embeddings else None
        if not return_dict:
            out = (boxes, scores)
            return out + (emb,) if emb is not None else out
        return TrackerOutput(boxes, scores, emb)


def make():
    np.random.seed(112)
    feats = Tensor(np.random.randn(6, 16).astype(np.float32))
    return JDEHead(HeadConfig()), (feats,)
