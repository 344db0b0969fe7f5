# case: multi-hot tag column encoded as a COOTensor built in construct and multiplied with an embedding table -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import Normal


class MultiHotTagEmbedding(nn.Cell):
    """Bag-of-tags column: each row has a variable set of tag ids; output is the sum of tag embeddings."""

    def __init__(self, n_tags=12, emb_dim=4, batch_size=3, mean_pool=False):
        super().__init__()
        self.table = Parameter(ms.common.initializer.initializer(Normal(0.1), (n_tags, emb_dim)),
                               name="tag_table")
        self.n_tags = n_tags
        self.batch_size = batch_size
        self.mean_pool = mean_pool
        self.spmm = ops.SparseTensorDenseMatmul()

    def construct(self, row_ids, tag_ids):
        indices = ops.stack((row_ids, tag_ids), axis=1)
        values = ops.ones(row_ids.shape, ms.float32)
        shape = (self.batch_size, self.n_tags)
        bag = ms.COOTensor(indices, values, shape)
        pooled = self.spmm(bag.indices, bag.values, bag.shape, self.table)
        if self.mean_pool:
            counts = ops.unsorted_segment_sum(values, row_ids, self.batch_size)
            pooled = pooled / ops.maximum(counts, 1.0).reshape(-1, 1)
        return pooled


def make():
    np.random.seed(10)
    ms.set_seed(10)
    rows = Tensor(np.array([0, 0, 1, 2, 2, 2], dtype=np.int32))
    tags = Tensor(np.array([1, 5, 3, 0, 7, 11], dtype=np.int32))
    return MultiHotTagEmbedding(), (rows, tags)
