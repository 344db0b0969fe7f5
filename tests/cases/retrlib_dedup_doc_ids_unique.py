# case: in-batch negative sampler deduplicates repeated passage ids with ops.unique before scoring -> output length from data, expected dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SamplerConfig:
    def __init__(self, dedup_passages=True, temperature=0.05):
        self.dedup_passages = dedup_passages
        self.temperature = temperature


class InBatchSampler(nn.Cell):
    def __init__(self, config, passage_table):
        super().__init__()
        self.dedup = config.dedup_passages
        self.temperature = config.temperature
        self.table = ms.Parameter(passage_table, name="passage_table", requires_grad=False)

    def _candidate_ids(self, doc_ids):
        if self.dedup:
            uniq, _ = ops.unique(doc_ids)
            return uniq
        return doc_ids

    def construct(self, q_emb, doc_ids):
        cand = self._candidate_ids(doc_ids)
        docs = ops.gather(self.table, cand, 0)
        scores = ops.matmul(q_emb, docs.T) / self.temperature
        return ops.logsumexp(scores, 1).mean()


def make():
    np.random.seed(15)
    table = Tensor(np.random.randn(20, 8).astype(np.float32))
    q = Tensor(np.random.randn(4, 8).astype(np.float32))
    ids = Tensor(np.array([3, 7, 3, 11], np.int32))
    return InBatchSampler(SamplerConfig(), table), (q, ids)
