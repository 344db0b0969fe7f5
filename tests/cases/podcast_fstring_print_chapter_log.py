# case: print an f-string with the tensor value of each chapter's mean topic score while computing chapter embeddings -> error or runs with print of data in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChapterEmbedder(nn.Cell):
    def __init__(self, n_chapters=3, dim=10):
        super().__init__()
        self.n_chapters = n_chapters
        self.norm = nn.LayerNorm((dim,))

    def construct(self, sentence_emb, topic_scores):
        per = sentence_emb.shape[0] // self.n_chapters
        outs = []
        for c in range(self.n_chapters):
            chunk = sentence_emb[c * per:(c + 1) * per]
            score = topic_scores[c * per:(c + 1) * per].mean()
            print(f"chapter {c}: topic score {score}")
            outs.append(self.norm(chunk.mean(axis=0)))
        return ops.stack(outs)


def make():
    np.random.seed(12)
    emb = Tensor(np.random.randn(12, 10).astype(np.float32))
    scores = Tensor(np.random.rand(12).astype(np.float32))
    return ChapterEmbedder(), (emb, scores)
