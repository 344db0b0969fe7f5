# case: PatchTST-style patch embedding computes the number of patches from the longest length in the batch and loops over it -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DynamicPatchEmbedding(nn.Cell):
    def __init__(self, patch_len=4, stride=2, d_model=16):
        super().__init__()
        self.patch_len = patch_len
        self.stride = stride
        self.value_embedding = nn.Dense(patch_len, d_model, has_bias=False)

    def num_patches(self, lengths):
        longest = lengths.max()
        return (longest - self.patch_len) // self.stride + 1

    def construct(self, x, lengths):
        patches = []
        for p in range(self.num_patches(lengths)):
            start = p * self.stride
            patches.append(x[:, start:start + self.patch_len])
        patches = ops.stack(patches, axis=1)
        return self.value_embedding(patches)


def make():
    np.random.seed(13)
    x = Tensor(np.random.randn(2, 16).astype(np.float32))
    lengths = Tensor(np.array([12, 16], dtype=np.int32))
    return DynamicPatchEmbedding(), (x, lengths)
