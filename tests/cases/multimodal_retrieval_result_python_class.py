# case: retrieval head packs scores and indices into a plain Python result class created and returned from construct -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RetrievalOutput:
    def __init__(self, scores, indices, query_emb):
        self.scores = scores
        self.indices = indices
        self.query_emb = query_emb

    def best(self):
        return self.indices[:, 0]


class DualEncoderRetriever(nn.Cell):
    def __init__(self, txt_dim=12, img_dim=16, top_k=3):
        super().__init__()
        self.txt_tower = nn.SequentialCell([nn.Dense(txt_dim, img_dim), nn.ReLU(), nn.Dense(img_dim, img_dim)])
        self.top_k = top_k

    def construct(self, text_feats, image_bank):
        q = self.txt_tower(text_feats)
        q = q / ops.norm(q, dim=-1, keepdim=True)
        bank = image_bank / ops.norm(image_bank, dim=-1, keepdim=True)
        scores, idx = ops.topk(ops.matmul(q, bank.T), self.top_k)
        out = RetrievalOutput(scores, idx, q)
        return out.best(), out.scores


def make():
    np.random.seed(29)
    net = DualEncoderRetriever()
    txt = Tensor(np.random.randn(2, 12).astype(np.float32))
    bank = Tensor(np.random.randn(10, 16).astype(np.float32))
    return net, (txt, bank)
