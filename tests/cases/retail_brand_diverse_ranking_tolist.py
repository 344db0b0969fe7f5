# case: top-k product ranking keeps at most one product per brand by walking .tolist() copies of the sorted order and brand ids in Python -> host round trip and data-dependent Python list in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BrandDiverseRanker(nn.Cell):
    def __init__(self, dim=4, k=3):
        super().__init__()
        self.k = k
        self.w = nn.Dense(dim, 1)

    def construct(self, feats, brands):
        scores = self.w(feats).squeeze(-1)
        _, order = ops.sort(scores, descending=True)
        brand_list = brands.tolist()
        picked = []
        seen_brands = []
        for idx in order.tolist():
            if brand_list[idx] not in seen_brands:
                seen_brands.append(brand_list[idx])
                picked.append(idx)
            if len(picked) == self.k:
                break
        return Tensor(picked, ms.int32)


def make():
    np.random.seed(28)
    feats = Tensor(np.random.randn(9, 4).astype(np.float32))
    brands = Tensor(np.random.randint(0, 4, size=(9,)).astype(np.int32))
    return BrandDiverseRanker(), (feats, brands)
