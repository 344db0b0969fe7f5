# case: a subclass of mint.nn.Embedding built with no additional embeddings, whose construct returns early before a one-argument mint.where (near miss: the branch is folded away)
import numpy as np
import mindspore as ms
import mindspore.mint.nn.functional as F
from mindspore import mint, Tensor


class DecoupledEmbedding(mint.nn.Embedding):
    def __init__(self, num_embeddings, embedding_dim, num_additional_embeddings=0):
        super().__init__(num_embeddings, embedding_dim)
        self.num_additional_embeddings = num_additional_embeddings
        if num_additional_embeddings > 0:
            self.additional_embedding = mint.nn.Embedding(num_additional_embeddings, embedding_dim)

    def construct(self, input_ids):
        if self.num_additional_embeddings == 0:
            return F.embedding(input_ids, self.weight)
        extra = mint.where(input_ids >= self.num_embeddings)
        picked = input_ids[extra]
        return self.additional_embedding(picked - self.num_embeddings)


def make():
    return DecoupledEmbedding(6, 4, 0), (Tensor(np.array([[1, 5, 2], [4, 0, 3]], np.int32)),)
